/** What every pipeline stage is: a step that reads and fills the exchange, and may answer for the gateway. */
import type { FunctionInvoker } from '../lambda/invoke';
import type { GatewayOptions } from '../options';
import type { GatewayPlugin } from '../plugins';
import type { GatewayHttpResponse } from '../types';
import type { Exchange } from './exchange';
import type { RouteMatcher } from './routeMatcher';

export interface PipelineEnv {
  matcher: RouteMatcher;
  plugins: GatewayPlugin[];
  invoker: FunctionInvoker;
  options: GatewayOptions;
}

/** A stage returns a response to end the request there, or nothing to hand the exchange to the next stage. */
export type Stage = (ex: Exchange, env: PipelineEnv) => Promise<GatewayHttpResponse | undefined> | GatewayHttpResponse | undefined;
