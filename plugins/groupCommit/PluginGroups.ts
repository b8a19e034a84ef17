import type { DataverseClient } from '../../dataverse';
import type { PluginServices } from '../Plugin';
import { GroupCommitter, type Settled } from './GroupCommitter';

interface GroupedEvent<T> {
  readonly request: T;
  readonly services: PluginServices;
}

/** Commits one group of a plug-in's requests with the group's services: one outcome per request, in order. */
export type CommitRequests<T, R> = (requests: readonly T[], services: PluginServices) => Promise<readonly Settled<R>[]>;

/**
 * A plug-in's group commit: one committer per client (so per process in the function app), built on first use with
 * the process's grouping settings. A group runs on the services of its first event with the earliest deadline of its
 * events, so every answer comes in its own time.
 */
export class PluginGroups<T, R> {
  readonly #byClient = new WeakMap<DataverseClient, GroupCommitter<GroupedEvent<T>, R>>();

  constructor(private readonly commit: CommitRequests<T, R>) {}

  /** The request's outcome from its group; undefined when this process does not group (no settings, or size 1). */
  submit(request: T, services: PluginServices): Promise<R> | undefined {
    const grouping = services.grouping;
    if (grouping === undefined || grouping.settings.maxSize <= 1) return undefined;
    let committer = this.#byClient.get(services.dataverse);
    if (committer === undefined) {
      committer = new GroupCommitter<GroupedEvent<T>, R>(
        (events) =>
          this.commit(
            events.map((event) => event.request),
            groupServices(events),
          ),
        grouping.settings,
        grouping.clock,
      );
      this.#byClient.set(services.dataverse, committer);
    }
    return committer.submit({ request, services });
  }
}

function groupServices<T>(events: readonly GroupedEvent<T>[]): PluginServices {
  const [first, ...rest] = events;
  if (first === undefined) throw new RangeError('A group has at least one event');
  const deadline = Math.min(first.services.deadline, ...rest.map((event) => event.services.deadline));
  return { ...first.services, deadline };
}
