import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import request from 'supertest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { accessRuleOf, type AccessRule } from './access-rule.js';
import { isApiDocsPath } from './api-docs-access.middleware.js';

/** The only routes anyone may call without credentials. */
const PUBLIC_ROUTES = ['GET /api/health', 'POST /api/auth/login'];

interface Route {
  method: string;
  path: string;
  rule: AccessRule;
  /** `GET /api/admin/users/:id`. */
  name: string;
}

/** Every route of every controller the application registered, read from Nest's own metadata. */
function registeredRoutes(app: INestApplication): Route[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    const basePaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[methodName];
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) continue;
      const method = RequestMethod[requestMethod] === 'ALL' ? 'GET' : RequestMethod[requestMethod];
      for (const base of basePaths) {
        for (const path of ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, handler) ?? '/')) {
          const full = `/${[base, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
          routes.push({ method, path: full, rule: accessRuleOf(reflector, handler, controller), name: `${method} ${full}` });
        }
      }
    }
  }
  return routes;
}

/**
 * Every route the HTTP server itself knows (Express's router): the controllers'
 * routes and any registered around Nest, such as Swagger's documents.
 */
function expressRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: unknown; methods: Record<string, boolean> } }> };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${String(layer.route!.path)}`) : [],
  );
}

/** A concrete URL for a route pattern: parameters become `1`, wildcards `x`, optional groups are kept. */
function concreteUrl(path: string): string {
  return path
    .replace(/[{}]/g, '')
    .replace(/\*\w*/g, 'x')
    .replace(/:\w+/g, '1');
}

describeEachDatabase('every route requires authentication', (dialect) => {
  let testApp: TestApp;
  let routes: Route[];
  let served: string[];
  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    routes = registeredRoutes(testApp.app);
    served = expressRoutes(testApp.app);
  });
  afterAll(async () => testApp?.close());

  it('finds the routes of the real application (so the checks below cannot pass vacuously)', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.map((r) => r.name)).toEqual(
      expect.arrayContaining(['GET /api/health', 'POST /api/auth/login', 'GET /api/auth/me', 'PATCH /api/admin/users/:id', 'GET /api/admin/audit']),
    );
  });

  it('serves no route outside the controllers (where the guard applies) but the API documents', () => {
    expect(served.length).toBeGreaterThan(routes.length);
    expect(served.filter((name) => !isApiDocsPath(name.split(' ')[1])).sort()).toEqual(routes.map((r) => r.name).sort());
  });

  it('gives every route an explicit access rule, and @Public only to health and login', () => {
    const withoutRule = routes.filter((r) => r.rule.kind === 'none' || r.rule.kind === 'conflict').map((r) => r.name);
    expect(withoutRule).toEqual([]);
    expect(routes.filter((r) => r.rule.kind === 'public').map((r) => r.name).sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 to every route the server serves, called without credentials, except health and login', async () => {
    const wrong: string[] = [];
    for (const name of served) {
      const [method, path] = name.split(' ');
      const call = request(testApp.server)[method.toLowerCase() as 'get'];
      const response = await call(concreteUrl(path))
        .set('Content-Type', 'application/json')
        .send(method === 'GET' || method === 'HEAD' ? undefined : '{}');
      if (PUBLIC_ROUTES.includes(name) === (response.status === 401)) wrong.push(`${name} answered ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(['/api/docs', '/api/docs/', '/api/docs/swagger-ui-init.js', '/api/docs/swagger-ui.css', '/api/docs-json', '/api/docs-yaml'])(
    'answers 401 to %s without a session',
    async (path) => {
      const response = await request(testApp.server).get(path).expect(401);
      expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to read the API documentation' });
    },
  );

  it('serves the API documentation to a signed-in user', async () => {
    const login = await request(testApp.server).post('/api/auth/login').send({ username: 'admin', password: 'test-admin-password' }).expect(200);
    const document = await request(testApp.server).get('/api/docs-json').set('Authorization', `Bearer ${login.body.token}`).expect(200);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/admin/users']));
  });
});
