/** Scheduled tasks: a command run for a resource on a cron schedule, and the record of each run. */
package dev.appaloft.api.tasks;
