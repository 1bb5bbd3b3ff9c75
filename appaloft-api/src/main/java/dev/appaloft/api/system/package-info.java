/** What this control plane is made of and how it is doing: providers, plugins, the doctor's report. */
package dev.appaloft.api.system;
