import type { EnvironmentProviders } from '@angular/core';

/** Production: no store devtools and no router state in the store (see `dev-tools.ts`). */
export const devToolsProviders: EnvironmentProviders[] = [];
