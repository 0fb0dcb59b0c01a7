/** The terms stated in every download (archive.json, the /data/ page). */
export const DATA_TERMS =
  '日期、人名、职务、机构和题目等事实可自由使用；概况、摘要和要点由议录编者撰写，转载或引用请注明“议录”并附原页面网址。各条记录的资料来源见 sources 字段。';

/** The same terms in English, for the /data/ page in the English interface (the downloads state the Chinese). */
export const DATA_TERMS_EN =
  'Facts such as dates, names, positions, organizations and titles may be used freely. The overviews, summaries and key points are written by Yilu’s editors: when you republish or quote them, credit “Yilu” and give the address of the page they come from. The sources of every record are in its sources field.';
