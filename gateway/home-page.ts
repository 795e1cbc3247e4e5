import type { Config } from '../subgraphs/shared/config/env';
import { send, type RouteHandler } from '../subgraphs/shared/http/server';

/** A plain page at `/` saying where things are; it loads nothing from anywhere. */
export function homePage(config: Config): RouteHandler {
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>联动 Liandong</title>
<style>body{font-family:system-ui,"Microsoft YaHei",sans-serif;max-width:46rem;margin:2rem auto;line-height:1.6;padding:0 1rem}code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:.8rem;overflow:auto}</style></head>
<body><h1>联动 · 县乡政务服务网络</h1>
<ul><li><a href="/console">窗口工作台</a>（/console，县乡窗口人员、县中心、督查、领导：收件、委托受理、乡镇工作清单、总览）</li>
<li><a href="/console#/overview">县级政务服务总览</a>（/console#/overview，原 /dashboard）</li>
<li><a href="/console#/township">乡镇工作台</a>（/console#/township，原 /township）</li>
<li><a href="/track">办件查询与评价</a>（/track，群众，无需登录）</li></ul>
<p>GraphQL endpoint: <code>POST /graphql</code> (JSON). Health: <a href="/health">/health</a>. Metrics: <a href="/metrics">/metrics</a>.</p>
<p>Public queries (item guides, <code>trackCase</code>) need no token; staff queries need <code>Authorization: Bearer &lt;token&gt;</code>.
Mint a development token with <code>npm run token -- --role COUNTY_ADMIN</code>${config.DEV_TOKENS ? ' or <code>GET /dev/token?role=COUNTY_ADMIN</code>' : ''}.</p>
<pre>curl -s localhost:${config.GATEWAY_PORT}/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ townships { name items { name supervisingDepartment { name } } } }"}'</pre>
</body></html>`;
  return async (req, res) => {
    if (req.method !== 'GET' || (req.url !== '/' && req.url !== '/index.html')) return false;
    send(res, 200, 'text/html; charset=utf-8', html);
    return true;
  };
}
