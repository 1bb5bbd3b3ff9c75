/** Runtime log archives: a resource's masked runtime log lines kept, compressed, after its containers are gone. */
package dev.appaloft.api.logarchives;
