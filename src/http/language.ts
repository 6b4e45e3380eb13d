import { IncomingMessage } from 'node:http';
import { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { CHINESE } from '../graphql/format-error';

export type Language = 'en' | 'zh';

/** English unless the client prefers Chinese (Accept-Language: zh, zh-CN, zh-TW …). */
export function languageOf(req: IncomingMessage): Language {
  if (!req.headers['accept-language']) return 'en';
  return new Negotiator(req).language(['en', 'zh']) === 'zh' ? 'zh' : 'en';
}

/** Gives each error the message in the request's language, and removes the other. */
export function languagePlugin<T extends { language: Language }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => {
            const { [CHINESE]: zh, ...extensions } = error.extensions ?? {};
            const message = contextValue.language === 'zh' && typeof zh === 'string' ? zh : error.message;
            return { ...error, message, extensions };
          });
        },
      };
    },
  };
}
