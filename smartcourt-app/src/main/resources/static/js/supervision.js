// 审判质效 charts: the data come from data attributes (the CSP allows no inline scripts); each chart has a table
// beside it that says the same for readers who do not see it.
(function () {
  'use strict';

  function list(el, name) {
    var raw = el.getAttribute('data-' + name) || '';
    return raw === '' ? [] : raw.split(',');
  }

  function numbers(el, name) {
    return list(el, name).map(function (v) { return v === '' ? null : Number(v); });
  }

  function trend(el) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['收案', '结案', '结案率'] },
      xAxis: { type: 'category', data: list(el, 'labels') },
      yAxis: [{ type: 'value', name: '件' }, { type: 'value', name: '%', min: 0, max: 100 }],
      series: [
        { name: '收案', type: 'bar', data: numbers(el, 'received') },
        { name: '结案', type: 'bar', data: numbers(el, 'closed') },
        { name: '结案率', type: 'line', yAxisIndex: 1, data: numbers(el, 'rates') }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function progress(el) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['均衡结案进度', '进度下限'] },
      xAxis: { type: 'category', data: list(el, 'labels') },
      yAxis: { type: 'value', name: '%', min: 0, max: 100 },
      series: [
        { name: '均衡结案进度', type: 'line', data: numbers(el, 'progress') },
        { name: '进度下限', type: 'line', step: 'middle', lineStyle: { type: 'dashed' }, data: numbers(el, 'floors') }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function courts(el) {
    var percent = el.getAttribute('data-unit') === 'PERCENT';
    var values = numbers(el, 'values').map(function (v) { return v === null ? null : (percent ? v * 100 : v); });
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', data: list(el, 'labels'), axisLabel: { rotate: 60 } },
      yAxis: { type: 'value', name: percent ? '%' : '' },
      // a scatter in court order: the spread is what matters, not who is first
      series: [{ type: 'scatter', symbolSize: 9, data: values }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
      return;
    }
    var t = document.getElementById('trend-chart');
    if (t) { trend(t); }
    var p = document.getElementById('progress-chart');
    if (p) { progress(p); }
    var c = document.getElementById('courts-chart');
    if (c) { courts(c); }
  });
})();
