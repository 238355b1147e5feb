package io.rayonne.portraits;

/** The team scheduled a series: each of its portraits goes out on its day (the calendar plans the posts). */
public record SeriesScheduled(PortraitSeries series) {}
