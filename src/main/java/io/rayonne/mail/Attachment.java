package io.rayonne.mail;

/** A file sent with a message. */
public record Attachment(String filename, String contentType, byte[] content) {}
