/** The SPI of runtimes for servers reached over the network: one runtime per server, built from its access. */
package dev.appaloft.api.runtime.remote;
