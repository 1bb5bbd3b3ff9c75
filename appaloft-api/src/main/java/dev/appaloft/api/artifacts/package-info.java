/** Where the engine keeps the bytes it owns (log archives, static artifact files): a small SPI. */
package dev.appaloft.api.artifacts;
