const baseUrl = () => process.env['E2E_BASE_URL']!;

describe('The running API', () => {
  it('reports its health with the database up', async () => {
    const response = await fetch(`${baseUrl()}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers unknown endpoints with the common error body', async () => {
    const response = await fetch(`${baseUrl()}/api/v1/unknown`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
