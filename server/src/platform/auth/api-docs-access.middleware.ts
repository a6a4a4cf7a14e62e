import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { SessionAuthenticator } from './session-authenticator.js';

/** /api/docs (Swagger UI and its assets), /api/docs-json and /api/docs-yaml. */
export function isApiDocsPath(path: string): boolean {
  return path === '/api/docs' || path.startsWith('/api/docs/') || path.startsWith('/api/docs-');
}

/**
 * The OpenAPI documents are served by Swagger's own routes, outside Nest's
 * controllers and so outside the access guard: this middleware requires a
 * signed-in user (any role) for them. The API's shape is not secret, but an
 * installation should show nothing to someone who has not signed in.
 * Register it before SwaggerModule.setup.
 */
export function requireSessionForApiDocs(sessions: SessionAuthenticator): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!isApiDocsPath(request.path)) return next();
    sessions.authenticate(request).then((user) => {
      if (user) return next();
      response.status(401).json({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to read the API documentation' });
    }, next);
  };
}
