/** Backups of dependency resources, their restores and scheduled backup policies ({@code dependencyResources.*Backup*}). */
package dev.appaloft.api.dependencies.backups;
