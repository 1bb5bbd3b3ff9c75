/** Push to deploy: verified source events (webhooks), source fingerprint links and integrations. */
package dev.appaloft.api.sources;
