/** The terms stated in every download (archive.json, the /data/ page). */
export const DATA_TERMS =
  '日期、人名、职务、机构和题目等事实可自由使用；概况、摘要和要点由议录编者撰写，转载或引用请注明“议录”并附原页面网址。各条记录的资料来源见 sources 字段。';
