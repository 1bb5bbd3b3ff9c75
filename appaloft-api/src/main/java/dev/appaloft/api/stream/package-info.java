/** Streaming operation results: events over time, served as Server-Sent Events over HTTP. */
package dev.appaloft.api.stream;
