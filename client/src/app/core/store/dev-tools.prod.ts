import type { EnvironmentProviders } from '@angular/core';

/** Production: no store devtools (see `dev-tools.ts`). */
export const devToolsProviders: EnvironmentProviders[] = [];
