package io.rayonne.media;

/** Where a photo is used: a portrait, a press kit, a post… with the route that opens it. */
public record PhotoUsage(String photoId, String title, String route) {}
