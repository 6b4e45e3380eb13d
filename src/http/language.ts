import { IncomingMessage } from 'node:http';
import { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { Language } from '../errors';
import { CHINESE } from '../graphql/format-error';

/** English unless the client prefers Chinese (Accept-Language: zh, zh-CN, zh-TW …). */
export function languageOf(req: IncomingMessage): Language {
  if (!req.headers['accept-language']) return 'en';
  return new Negotiator(req).language(['en', 'zh']) === 'zh' ? 'zh' : 'en';
}

/** Each error with the message in the language asked for, and without the other. */
export function inLanguage<E extends { message: string; extensions?: Record<string, unknown> }>(
  errors: readonly E[],
  language: Language,
): E[] {
  return errors.map((error) => {
    const { [CHINESE]: zh, ...extensions } = error.extensions ?? {};
    const message = language === 'zh' && typeof zh === 'string' ? zh : error.message;
    return { ...error, message, extensions };
  });
}

/** Gives each error the message in the request's language, and removes the other. */
export function languagePlugin<T extends { language: Language }>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const errors = response.body.singleResult.errors;
          if (errors) response.body.singleResult.errors = inLanguage(errors, contextValue.language);
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * The same for what Apollo refuses before a request starts (CSRF, a batch, a wrong method): those
 * answers pass no plugin, so they are rewritten here; they are short, and rare.
 */
export function refusalInLanguage(body: string, req: IncomingMessage): string {
  if (!body.includes(`"${CHINESE}"`)) return body;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    return parsed.errors
      ? `${JSON.stringify({ ...parsed, errors: inLanguage(parsed.errors, languageOf(req)) })}\n`
      : body;
  } catch {
    return body;
  }
}
