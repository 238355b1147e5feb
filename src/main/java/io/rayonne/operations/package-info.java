/**
 * Operating Rayonne: the search indexes' screen (health, documents, mapping version, rebuild), and
 * what an administrator needs to trust it with a year of work. Reads every feature's API; nothing
 * depends on it.
 */
@NullMarked
package io.rayonne.operations;

import org.jspecify.annotations.NullMarked;
