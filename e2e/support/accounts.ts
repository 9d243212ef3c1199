import { request, type APIRequestContext } from 'playwright-core';

export const ADMIN = { email: 'admin@e2e.test', password: 'Prague Process 2009 Vienna' };
export const PASSWORD = 'Vltava bridges 2026';

/** An API session as a browser has it: cookies kept, XSRF token echoed on writes. */
export async function apiSession(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL: baseUrl });
  const response = await api.post('/api/v1/auth/login', { data: { email, password } });
  if (!response.ok()) throw new Error(`Sign-in of ${email} failed: ${response.status()} ${await response.text()}`);
  const { cookies } = await api.storageState();
  return { api, csrf: cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '' };
}

let counter = 0;

/** Creates an account through the admin API (provisioning with a password) and returns its email. */
export async function createAccount(
  baseUrl: string,
  role: 'secretariat' | 'evaluator' | 'focal_point' | 'contributor' | 'admin',
  options: { stateCode?: string; name?: string; locale?: 'en' | 'ru' } = {},
): Promise<string> {
  counter += 1;
  const email = `${role.replace('_', '-')}-${counter}-${Date.now()}@e2e.test`;
  const { api, csrf } = await apiSession(baseUrl, ADMIN.email, ADMIN.password);
  const response = await api.post('/api/v1/users', {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: {
      email,
      name: options.name ?? `E2E ${role}`,
      role,
      password: PASSWORD,
      locale: options.locale ?? 'en',
      ...(options.stateCode ? { stateCode: options.stateCode } : {}),
    },
  });
  if (response.status() !== 201)
    throw new Error(`Creating ${role} failed: ${response.status()} ${await response.text()}`);
  await api.dispose();
  return email;
}
