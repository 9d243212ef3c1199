/* The states module's public face for other modules. */
export { statesService } from './states.service.js';
