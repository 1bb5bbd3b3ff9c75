/**
 * Caddy as the edge proxy, for every runtime: its configuration ({@link dev.appaloft.proxy.caddy.CaddyConfig}),
 * its admin API ({@link dev.appaloft.proxy.caddy.CaddyAdmin}) and the routes kept through it
 * ({@link dev.appaloft.proxy.caddy.CaddyProxy}). Starting Caddy is left to the runtime that owns the machine.
 */
package dev.appaloft.proxy.caddy;
