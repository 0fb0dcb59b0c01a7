/**
 * Site-wide settings in one place. The repository URL feeds every "edit this page"
 * link; override it with YILU_REPOSITORY when the archive is forked or moved.
 */
export const SITE = {
  name: '议录',
  englishName: 'Yilu',
  tagline: '会议记录档案',
  description: '议录是一个开放的会议记录档案：记录区域性会议的议程、发言、与会者和签署发布的文件，并注明出处。',
  repository: (typeof process !== 'undefined' && process.env.YILU_REPOSITORY) || 'https://github.com/yilu-archive/yilu',
  branch: (typeof process !== 'undefined' && process.env.YILU_BRANCH) || 'main',
} as const;
