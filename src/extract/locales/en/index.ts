/**
 * English page-interface vocabulary for extraction. Hand-written from the generic chrome of
 * English-language news sites (share buttons, "Leave a Reply", "More from" sections,
 * relative stamps such as "2 hours ago") and from general English date words.
 */
import type { ExtractLocale } from '../types.js';

/** The English extraction vocabulary. */
export const EN: ExtractLocale = {
  code: 'en',
  interfaceLines: [
    'Share', 'Share this', 'Share this article', 'Share this story', 'Print', 'Save', 'Copy link', 'Sign in', 'Log in',
    'Sign up', 'Subscribe', 'Menu', 'Search', 'Close', 'Advertisement', 'Sponsored', 'Skip to content',
    'Skip to main content', 'Back to top', 'Listen to this article', 'Source site', 'Read full article',
    'Read the full article', 'Follow us', 'Home', 'Next article', 'Previous article', 'Load more', 'Show more',
    'See all', 'Continue reading',
  ],
  interfacePrefixes: ['Logo', 'Advertisement', 'Sponsored content', 'Reading time', 'Click here', 'Watch:'],
  interfacePatterns: ['\\d+\\s*min(?:ute)?s?\\s+read', 'reading time:?\\s*\\d+\\s*min(?:ute)?s?'],
  promptWords: ['webmail', 'newsletter', 'cookies', 'cookie', 'javascript', 'adblocker', 'ad blocker'],
  digestHeadings: [
    'More from', 'More news', 'More stories', 'Latest news', 'Latest stories', 'Most read', 'Most popular',
    'Top stories',
  ],
  relatedMarkers: ['Read more', 'Read also', 'Also read', 'Related', 'Related articles', 'Related stories', 'See also', 'Recommended', 'Further reading', 'More information', 'Further information'],
  commentCountLabels: ['Comment', 'Comments'],
  endMarkers: ['Related posts', 'Similar posts', 'More like this', 'You may also like', 'You might also like', 'About the author', 'Explore further'],
  commentMarkers: ['Comments', 'Leave a Reply', 'Leave a comment', 'Post a comment', 'Join the conversation', 'Show comments'],
  commentClassWords: ['comment', 'comments', 'comment-list', 'commentlist', 'comment-section', 'disqus'],
  relativeStamps: [
    '(?:\\d+|an?|one|two|three) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago',
    '\\d+\\s?[mhd] ago',
    'just now',
  ],
  photoLabels: ['Photo', 'Photos', 'Image', 'Picture', 'Photograph', 'Credit'],
  figureLabels: ['Figure', 'Fig.', 'Chart', 'Graphic'],
  creditViaWords: ['via'],
  sourceLabels: ['Source', 'Sources'],
  bylinePrefixes: ['By'],
  nameJoiners: ['and'],
  attributionWords: ['according to', 'with reporting by', 'additional reporting by'],
  months: [
    ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'],
    ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['October', 'Oct'], ['November', 'Nov'],
    ['December', 'Dec'],
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  datePrefixes: ['Last updated', 'Updated on', 'Updated', 'Published on', 'Published', 'Posted on', 'Posted', 'First published'],
  updateLabels: ['Updated', 'Updated on', 'Updated at', 'Last updated', 'Last modified', 'Modified'],
  readerPronouns: ['you', 'your', 'yours'],
  callToActionWords: ['subscribe', 'subscribers', 'subscriber', 'subscription', 'sign up', 'download', 'follow us', 'follow', 'newsletter', 'donate', 'donation', 'app', 'apps', 'share this', 'support us', 'support our', 'supporting our', 'your support'],
  rightsReserved: ['All rights reserved', 'All content is licensed'],
  disclaimers: ['not responsible for the opinions', 'not responsible for the content of external', 'views expressed are those of the author', 'views expressed in this', 'opinions expressed in this', 'do not necessarily reflect the views', 'do not necessarily represent the views'],
  reportingWords: ['said', 'says', 'told', 'according', 'reported', 'announced', 'stated'],
  timeSuffixes: ['am', 'pm', 'a.m.', 'p.m.', 'GMT', 'UTC', 'ET', 'EST', 'EDT', 'BST', 'CET', 'CEST'],
};
