// Imported first by run.ts: measurements run as the command-line tools do, with libraries in
// production mode (see cms/cli/curriculum.ts). Set before any library reads it at import time.
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'
