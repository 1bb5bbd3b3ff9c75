/** TLS certificates of domain bindings ({@code certificates.*}): imported or issued, never showing a private key. */
package dev.appaloft.api.certificates;
