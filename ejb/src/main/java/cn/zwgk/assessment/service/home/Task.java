package cn.zwgk.assessment.service.home;

import java.io.Serializable;

/**
 * Something that waits for the caller: a message key for its label, how many, and the page that
 * deals with it (a path below the application's root, with its query).
 */
public record Task(String key, long count, String page) implements Serializable {}
