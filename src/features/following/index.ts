// The following feature's public surface: what routes may import.
export { FollowButton } from './components/follow-button';
export { FollowedList, type FollowedCounts } from './components/followed-list';
export { FollowingProblem } from './components/following-problem';
export { followedFeeds, newFrom, type Followed } from './following-model';
export { followingActions, useFollowing } from './following-store';
export { writeOpml } from './opml';
