/** Static artifacts: files of a static site published for a resource, content-addressed and served by the edge proxy. */
package dev.appaloft.api.staticartifacts;
