import type { Config } from '../subgraphs/shared/config/env';
import type { RouteHandler } from '../subgraphs/shared/http/server';
import { homePage } from './home-page';
import { devTokenRoute } from './dev-token';
import { webPages } from './web-pages';

/** What the gateway serves beside /graphql: the start page, the built pages, and demo tokens only when allowed. */
export function gatewayRoutes(config: Config, webDir?: string): RouteHandler[] {
  const routes = [homePage(config), webPages(webDir)];
  if (config.DEV_TOKENS) routes.push(devTokenRoute(config));
  return routes;
}
