/** Runtime monitoring and usage: sampled CPU, memory, network and disk of servers and resources, thresholds. */
package dev.appaloft.api.monitoring;
