import { CustomChart, HeatmapChart, TreemapChart } from 'echarts/charts';
import { MarkAreaComponent, MarkLineComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { echarts } from '../../components/Chart';

/**
 * The chart parts only the economic diagnosis draws (treemap, the LQ heat map, the waterfall as a
 * custom series, quadrant lines and areas, the classed choropleth legend), registered on the ECharts
 * instance the <Chart> wrapper uses, from here rather than in the shared wrapper. Importing this
 * module is enough.
 */
echarts.use([CustomChart, HeatmapChart, TreemapChart, MarkAreaComponent, MarkLineComponent, VisualMapPiecewiseComponent]);
