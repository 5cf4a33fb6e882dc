// The announcements feature's public surface: what routes and other features may import.
export { announcementQueries } from './api/announcement-queries';
export { AnnouncementDetail } from './components/announcement-detail';
export { AnnouncementList } from './components/announcement-list';
export { RelatedAnnouncements } from './components/related-announcements';
export { SuggestCorrection } from './components/suggest-correction';
