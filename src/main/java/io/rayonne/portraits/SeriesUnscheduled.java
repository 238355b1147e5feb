package io.rayonne.portraits;

/** The team took a series off the plan: what was planned for it and not yet published is called off. */
public record SeriesUnscheduled(PortraitSeries series) {}
