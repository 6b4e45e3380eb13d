/**
 * Imported first by the server's entry points: unless NODE_ENV says otherwise, Canopy runs in
 * production mode. graphql-js decides when it loads whether its `instanceof` checks also hunt for
 * duplicate copies of itself, a development aid that cost a big page a twentieth of its CPU.
 * Everything else that NODE_ENV could change (introspection, stack traces, landing page) Canopy
 * configures explicitly. Tests run with jest's NODE_ENV=test, so with those checks.
 */
process.env.NODE_ENV ??= 'production';
