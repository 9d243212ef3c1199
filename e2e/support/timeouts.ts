// A browser flow (sign in, navigate, fill a form) takes seconds, not milliseconds.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;
