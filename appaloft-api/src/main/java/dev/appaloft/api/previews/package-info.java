/** Preview environments of pull requests: the policy that allows them and the previews themselves. */
package dev.appaloft.api.previews;
