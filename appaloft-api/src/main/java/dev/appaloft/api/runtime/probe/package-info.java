/** The server probe SPI behind {@code servers.testConnectivity} and {@code servers.testDraftConnectivity}. */
package dev.appaloft.api.runtime.probe;
