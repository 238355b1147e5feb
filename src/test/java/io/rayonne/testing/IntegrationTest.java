package io.rayonne.testing;

/**
 * Base of tests that call Rayonne's services against the real Elasticsearch. Tests create their own
 * data with unique names, so they do not depend on each other or on the sample content.
 */
public abstract class IntegrationTest extends RayonneTest {}
