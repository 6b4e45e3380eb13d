/**
 * The yardstick: a bare Apollo Server on the same machine answering the same shape of query with
 * constants (no auth, no database). Canopy's throughput is reported as a ratio of this one's.
 */
// Production mode, as Canopy's children run: a fair yardstick (src/production-mode.ts).
import '../src/production-mode';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const typeDefs = `type Tenant { name: String } type User { name: String tenant: Tenant } type Query { viewer: User }`;
const resolvers = { Query: { viewer: () => ({ name: 'admin', tenant: { name: 'acme' } }) } };

const server = new ApolloServer({ typeDefs, resolvers });
startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } }).then(
  ({ url }) => {
    process.stdout.write(`${JSON.stringify({ url: url.replace(/\/$/, '') })}\n`);
    process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
