import { z } from 'zod';

// zod 4 probes `new Function` to compile fast parsers; a strict CSP reports that probe as a
// violation. This module is imported first by every entry point.
z.config({ jitless: true });
