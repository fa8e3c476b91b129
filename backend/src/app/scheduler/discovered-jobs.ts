import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { inStageOrder, Scheduled, type ScheduledJob, ScheduledJobs } from './scheduled-job';

/** The providers marked @Scheduled() in any module of the app, found once, after start. */
@Injectable()
export class DiscoveredJobs extends ScheduledJobs {
  private jobs: readonly ScheduledJob[] | null = null;

  constructor(private readonly discovery: DiscoveryService) {
    super();
  }

  list(): readonly ScheduledJob[] {
    this.jobs ??= inStageOrder(
      this.discovery
        .getProviders({ metadataKey: Scheduled.KEY })
        .map((wrapper) => wrapper.instance as ScheduledJob)
        .filter((job) => job !== undefined && job !== null),
    );
    return this.jobs;
  }
}
