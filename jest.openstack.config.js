/**
 * `npm run test:openstack`: the cloud contract suite (test/cloud/*.test.ts, minus what only the
 * simulated cloud can show) and the OpenStack-only tests (test/openstack/) against the local
 * OpenStack of `npm run devcloud -- up`. One file at a time: the devcloud has two cores.
 */
const base = require('./jest.config.js');
module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/cloud/**/*.test.ts', '<rootDir>/test/openstack/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/cloud/faults.test.ts',
    '<rootDir>/test/cloud/sim.test.ts',
    '<rootDir>/test/cloud/calls.test.ts',
  ],
  testTimeout: 600000,
  maxWorkers: 1,
};
