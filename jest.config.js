/** Tests run the TypeScript sources through SWC (fast, decorator metadata on); `tsc --noEmit` type-checks them. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // test/openstack needs a running OpenStack: `npm run test:openstack` (jest.openstack.config.js).
  // test/replicas runs several Canopy processes on one PostgreSQL database: `npm run test:pg` only.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/openstack/',
    ...(process.env.CANOPY_TEST_PG ? [] : ['<rootDir>/test/replicas/']),
  ],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/helpers/totals-reporter.js'],
};
