import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { BadInputError, bi } from '../errors';

/**
 * argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). argon2 runs on libuv's
 * thread pool, so hashing never blocks the event loop.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * argon2 is built to eat CPU. Left alone, a burst of logins fills libuv's four threads and, on a
 * small machine, every core, and ordinary queries wait. So at most (cores − 1) hashes run at once
 * (at least one); the others queue, and a core always stays free for the event loop.
 */
const MAX_CONCURRENT_HASHES = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => argon2.hash(password, OPTIONS));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await limited(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

/** A hash of a password nobody has: verifying against it makes "no such user" cost what a wrong password costs. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64url'));
  return decoy;
}

/**
 * Beyond the 8–128 characters checked on input: a password must not contain its user's name,
 * the first thing an attacker tries.
 */
export function assertPasswordPolicy(password: string, userName: string, field: string): void {
  if (userName.length >= 3 && password.toLowerCase().includes(userName.toLowerCase())) {
    throw new BadInputError(field, bi(`${field} must not contain the user name`, `${field} 不能包含用户名`));
  }
}

/** 24 random characters (144 bits) for passwords Canopy generates and shows once. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
