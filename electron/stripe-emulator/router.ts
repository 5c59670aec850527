import type { Handler, Route } from './context';

interface CompiledRoute {
  method: Route['method'];
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export interface RouteMatch {
  handler: Handler;
  path: Record<string, string>;
}

/** Matches `METHOD /v1/things/:id` patterns; path segments are URL-decoded. */
export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern
        .split('/')
        .map((segment) => {
          if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(segment.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { method: route.method, regex: new RegExp(`^${source}/?$`), names, handler: route.handler };
    });
  }

  match(method: string, pathname: string): RouteMatch | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.regex.exec(pathname);
      if (!found) continue;
      const path: Record<string, string> = {};
      route.names.forEach((name, i) => (path[name] = decodeURIComponent(found[i + 1] ?? '')));
      return { handler: route.handler, path };
    }
    return null;
  }
}
