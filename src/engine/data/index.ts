/** Data sets of the course: synthetic series, characters, sentences, long-dependency tasks, files. */
export * from './timeSeries';
export * from './chars';
export * from './sentiment';
export * from './tasks';
export * from './loader';
